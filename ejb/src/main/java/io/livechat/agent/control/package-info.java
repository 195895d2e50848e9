/** Helpers of the people feature's boundaries: the record of wrong passwords. */
package io.livechat.agent.control;
