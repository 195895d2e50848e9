/**
 * A real MariaDB started from the build's own dependencies, so the run command and the integration
 * tests need nothing installed but a JDK.
 */
package io.livechat.embedded;
