-- Compare-and-set version of the incident state; poison-message quarantine and throttling on inbound messages.
-- Plain ADD COLUMN (not Prisma's table rebuild): instant on a large database, and nothing is copied.
ALTER TABLE "Incident" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "InboundMessage" ADD COLUMN "attempts" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "InboundMessage" ADD COLUMN "quarantinedAt" DATETIME;
ALTER TABLE "InboundMessage" ADD COLUMN "quarantineReason" TEXT;
ALTER TABLE "InboundMessage" ADD COLUMN "throttled" BOOLEAN NOT NULL DEFAULT false;
CREATE INDEX "InboundMessage_reporterId_processedAt_idx" ON "InboundMessage"("reporterId", "processedAt");
