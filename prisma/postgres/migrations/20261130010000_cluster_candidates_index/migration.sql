-- The cluster rule reads a new report's candidates of the hour in two parts, those in no cluster and the
-- oldest clustered ones: with clusterId in the index, the rows of the other part are skipped without reading
-- the Incident row (with 100,000 incidents stored those rows are seldom in the page cache).
DROP INDEX "Incident_category_createdAt_idx";
CREATE INDEX "Incident_category_createdAt_clusterId_idx" ON "Incident"("category", "createdAt", "clusterId");
