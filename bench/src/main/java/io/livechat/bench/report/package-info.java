/** The table: figures, the targets of issue 9 they are judged against, and the machine's load. */
package io.livechat.bench.report;
