/** Calls: the audio and video calls an agent makes to the visitor of a conversation assigned to them. */
package io.livechat.call.entity;
