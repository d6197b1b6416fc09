/**
 * The file adapter: CSV (opencsv), XLSX (Apache POI to read, fastexcel to write) readers and writers
 * behind the application's tabular ports. POI, fastexcel and opencsv appear nowhere else in the code base.
 *
 * <p>{@link io.kamdesk.adapter.out.fileio.SpreadsheetReader} recognises uploads by content and reads
 * CSV, XLSX (StAX pull over the first sheet) and legacy XLS (HSSF record stream) lazily, one row at a
 * time; {@link io.kamdesk.adapter.out.fileio.SpreadsheetWriter} writes CSV and XLSX downloads row by
 * row, XLSX streamed into the caller's stream as it goes (decision 0044). Both are plain classes
 * without framework annotations; the bootstrap module makes them beans. POI's temporary files go to
 * a directory of this process, not the shared {@code /tmp/poifiles}.
 */
package io.kamdesk.adapter.out.fileio;
