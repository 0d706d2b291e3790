-- Per-target delivery state of the dispatch outbox (webhook, email): one row per (outbox item, target).
-- CreateTable
CREATE TABLE "OutboxDelivery" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "outboxId" INTEGER NOT NULL,
    "incidentId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "target" TEXT NOT NULL,
    "priority" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "deliveredAt" DATETIME,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL,
    "claimedBy" TEXT,
    "lastError" TEXT,
    "alertedAt" DATETIME,
    CONSTRAINT "OutboxDelivery_outboxId_fkey" FOREIGN KEY ("outboxId") REFERENCES "OutboxItem" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "OutboxDelivery_deliveredAt_target_incidentId_revision_idx" ON "OutboxDelivery"("deliveredAt", "target", "incidentId", "revision");

-- CreateIndex
CREATE INDEX "OutboxDelivery_deliveredAt_alertedAt_createdAt_idx" ON "OutboxDelivery"("deliveredAt", "alertedAt", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxDelivery_outboxId_target_key" ON "OutboxDelivery"("outboxId", "target");
