/** Helpers shared by every feature's boundary. */
package io.livechat.shared.control;
