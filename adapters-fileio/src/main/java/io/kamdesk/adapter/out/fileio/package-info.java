/**
 * The file adapter: CSV (opencsv) and XLSX (Apache POI, streaming) readers and writers behind the
 * application's tabular ports. POI and opencsv appear nowhere else in the code base.
 */
package io.kamdesk.adapter.out.fileio;
