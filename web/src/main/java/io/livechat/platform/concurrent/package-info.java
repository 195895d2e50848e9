/** Work this node does on threads of its own, away from the requests and transactions that cause it. */
package io.livechat.platform.concurrent;
