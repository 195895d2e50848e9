/** The Canned responses page of a bot ({@code console/canned.xhtml}). */
package io.livechat.canned.view;
