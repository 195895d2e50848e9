/** Demo data for the embedded default: bots, people and conversations to try Live Chat with. */
package io.livechat.demo.boundary;
