/** The web widget: a visitor's socket as the widget speaks it, agent reply latency, many open sockets. */
package io.livechat.bench.widget;
