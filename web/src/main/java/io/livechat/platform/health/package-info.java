/** MicroProfile Health checks of the application. */
package io.livechat.platform.health;
