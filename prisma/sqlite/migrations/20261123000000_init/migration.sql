-- CreateTable
CREATE TABLE "Reporter" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "channel" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Incident" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reference" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "reporterId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "sender" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "category" TEXT,
    "priority" TEXT NOT NULL,
    "route" TEXT NOT NULL,
    "covert" BOOLEAN NOT NULL,
    "earlyDispatched" BOOLEAN NOT NULL,
    "humanRequested" BOOLEAN NOT NULL,
    "awaiting" TEXT,
    "locationText" TEXT,
    "lat" REAL,
    "lon" REAL,
    "datum" TEXT,
    "clusterId" TEXT,
    "previousId" TEXT,
    "revision" INTEGER NOT NULL,
    "state" TEXT NOT NULL,
    "timerDueAt" DATETIME,
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    "completedAt" DATETIME,
    CONSTRAINT "Incident_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "Reporter" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "InboundMessage" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "channel" TEXT NOT NULL,
    "providerMessageId" TEXT NOT NULL,
    "reporterId" TEXT NOT NULL,
    "incidentId" TEXT,
    "text" TEXT NOT NULL,
    "location" TEXT,
    "media" TEXT,
    "language" TEXT,
    "contact" TEXT,
    "receivedAt" DATETIME NOT NULL,
    "processedAt" DATETIME,
    "replies" TEXT
);

-- CreateTable
CREATE TABLE "OutboundMessage" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "incidentId" TEXT NOT NULL,
    "inboundId" INTEGER,
    "channel" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "providerMessageId" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME,
    "error" TEXT,
    "createdAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "incidentId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "data" TEXT NOT NULL,
    "at" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "OutboxItem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "incidentId" TEXT NOT NULL,
    "event" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "payload" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "deliveredAt" DATETIME,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL,
    "lastError" TEXT
);

-- CreateIndex
CREATE UNIQUE INDEX "Reporter_channel_address_key" ON "Reporter"("channel", "address");

-- CreateIndex
CREATE UNIQUE INDEX "Incident_reference_key" ON "Incident"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "Incident_token_key" ON "Incident"("token");

-- CreateIndex
CREATE INDEX "Incident_status_priority_idx" ON "Incident"("status", "priority");

-- CreateIndex
CREATE INDEX "Incident_reporterId_createdAt_idx" ON "Incident"("reporterId", "createdAt");

-- CreateIndex
CREATE INDEX "Incident_timerDueAt_idx" ON "Incident"("timerDueAt");

-- CreateIndex
CREATE INDEX "Incident_updatedAt_idx" ON "Incident"("updatedAt");

-- CreateIndex
CREATE INDEX "InboundMessage_processedAt_idx" ON "InboundMessage"("processedAt");

-- CreateIndex
CREATE INDEX "InboundMessage_incidentId_id_idx" ON "InboundMessage"("incidentId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "InboundMessage_channel_providerMessageId_key" ON "InboundMessage"("channel", "providerMessageId");

-- CreateIndex
CREATE INDEX "OutboundMessage_incidentId_id_idx" ON "OutboundMessage"("incidentId", "id");

-- CreateIndex
CREATE INDEX "OutboundMessage_status_nextAttemptAt_idx" ON "OutboundMessage"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "AuditEvent_incidentId_id_idx" ON "AuditEvent"("incidentId", "id");

-- CreateIndex
CREATE INDEX "OutboxItem_deliveredAt_nextAttemptAt_idx" ON "OutboxItem"("deliveredAt", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxItem_incidentId_revision_key" ON "OutboxItem"("incidentId", "revision");
