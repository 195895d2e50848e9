/** The queries behind the unread counts: one statement per list of handovers or per bot. */
package io.livechat.unread.control;
