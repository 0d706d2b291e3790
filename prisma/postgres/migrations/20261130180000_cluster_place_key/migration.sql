-- The cluster rule compares a new report's place with every report of the hour of the same category. The place
-- text is stored normalised ("placeKey") and, with the coordinates, carried in the candidates' index, so that the
-- reports elsewhere are skipped inside the database without reading their rows or handing them to the gateway.
DROP INDEX "Incident_category_createdAt_clusterId_idx";
ALTER TABLE "Incident" ADD COLUMN "placeKey" TEXT;
CREATE INDEX "Incident_category_createdAt_clusterId_placeKey_lat_lon_idx" ON "Incident"("category", "createdAt", "clusterId", "placeKey", "lat", "lon");
