-- The cluster rule looks for the oldest report of the hour at the same place already in a cluster: with the place key
-- first, that is a seek instead of a scan of the hour's reports of the category.
CREATE INDEX "Incident_category_placeKey_createdAt_clusterId_idx" ON "Incident"("category", "placeKey", "createdAt", "clusterId");
