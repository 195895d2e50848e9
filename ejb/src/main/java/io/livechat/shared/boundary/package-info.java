/** What every boundary shares: the family of business exceptions the edges translate for callers. */
package io.livechat.shared.boundary;
