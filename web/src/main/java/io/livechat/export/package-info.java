/**
 * Every table of the consoles and the API as CSV, XLSX or PDF, streamed: a {@link
 * io.livechat.export.Table} names its columns and reads its rows through one {@link
 * io.livechat.export.RowSource} (keyset pages of 500), {@link io.livechat.export.TableExport}
 * writes each row as it comes, and {@link io.livechat.export.Downloads} sends it as the answer of
 * a JSF button. So 100,000 rows never need 100,000 rows of heap.
 */
package io.livechat.export;
