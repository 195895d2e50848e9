/**
 * JUnit Platform hooks that give a test run its own clean MariaDB. Test modules opt in by
 * registering {@link io.livechat.embedded.junit.EmbeddedMariaDbSession} in their test resources.
 */
package io.livechat.embedded.junit;
