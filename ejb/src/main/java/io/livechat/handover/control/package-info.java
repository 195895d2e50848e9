/** How the handover boundaries read their lists: one keyset query per page, with what a row shows. */
package io.livechat.handover.control;
