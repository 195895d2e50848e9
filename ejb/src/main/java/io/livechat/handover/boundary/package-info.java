/** The handover lifecycle: request, assign to me, unassign, resolve, each audited and announced. */
package io.livechat.handover.boundary;
