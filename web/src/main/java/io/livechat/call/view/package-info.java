/** Calls on the Live Chat page: the call buttons of the Conversation section and the call panel. */
package io.livechat.call.view;
