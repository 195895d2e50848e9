/** Signing in to and out of the consoles. */
package io.livechat.auth.view;
