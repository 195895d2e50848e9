/**
 * The run command: starts MariaDB (embedded, unless an external one is configured) and Payara Micro
 * with the application, waits until the application answers, and stops both on Ctrl-C.
 */
package io.livechat.launcher;
