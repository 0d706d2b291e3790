-- CreateTable
CREATE TABLE "Reporter" (
    "id" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "optedOut" BOOLEAN NOT NULL DEFAULT false,
    "optedOutAt" TIMESTAMP(3),

    CONSTRAINT "Reporter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Incident" (
    "id" TEXT NOT NULL,
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
    "attention" TEXT,
    "awaiting" TEXT,
    "locationText" TEXT,
    "lat" DOUBLE PRECISION,
    "lon" DOUBLE PRECISION,
    "datum" TEXT,
    "clusterId" TEXT,
    "previousId" TEXT,
    "revision" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "state" TEXT NOT NULL,
    "timerDueAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "Incident_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InboundMessage" (
    "id" SERIAL NOT NULL,
    "channel" TEXT NOT NULL,
    "providerMessageId" TEXT NOT NULL,
    "reporterId" TEXT NOT NULL,
    "incidentId" TEXT,
    "text" TEXT NOT NULL,
    "location" TEXT,
    "media" TEXT,
    "language" TEXT,
    "contact" TEXT,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "processedAt" TIMESTAMP(3),
    "replies" TEXT,
    "replyDeferred" BOOLEAN NOT NULL DEFAULT false,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "quarantinedAt" TIMESTAMP(3),
    "quarantineReason" TEXT,
    "throttled" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "InboundMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboundMessage" (
    "id" SERIAL NOT NULL,
    "incidentId" TEXT NOT NULL,
    "inboundId" INTEGER,
    "channel" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "providerMessageId" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3),
    "claimedBy" TEXT,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OutboundMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" SERIAL NOT NULL,
    "incidentId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "data" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxItem" (
    "id" SERIAL NOT NULL,
    "incidentId" TEXT NOT NULL,
    "event" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "payload" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "deliveredAt" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL,
    "lastError" TEXT,

    CONSTRAINT "OutboxItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxDelivery" (
    "id" SERIAL NOT NULL,
    "outboxId" INTEGER NOT NULL,
    "incidentId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "target" TEXT NOT NULL,
    "priority" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "deliveredAt" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL,
    "claimedBy" TEXT,
    "lastError" TEXT,
    "alertedAt" TIMESTAMP(3),

    CONSTRAINT "OutboxDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReplayNonce" (
    "channel" TEXT NOT NULL,
    "timestamp" TEXT NOT NULL,
    "nonce" TEXT NOT NULL,
    "bodyKey" TEXT NOT NULL,
    "seenAt" TIMESTAMP(3) NOT NULL,
    "keepUntil" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReplayNonce_pkey" PRIMARY KEY ("channel","timestamp","nonce")
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
CREATE INDEX "InboundMessage_reporterId_processedAt_idx" ON "InboundMessage"("reporterId", "processedAt");

-- CreateIndex
CREATE INDEX "InboundMessage_incidentId_id_idx" ON "InboundMessage"("incidentId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "InboundMessage_channel_providerMessageId_key" ON "InboundMessage"("channel", "providerMessageId");

-- CreateIndex
CREATE INDEX "OutboundMessage_incidentId_id_idx" ON "OutboundMessage"("incidentId", "id");

-- CreateIndex
CREATE INDEX "OutboundMessage_status_nextAttemptAt_idx" ON "OutboundMessage"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "OutboundMessage_channel_to_status_idx" ON "OutboundMessage"("channel", "to", "status");

-- CreateIndex
CREATE INDEX "AuditEvent_incidentId_id_idx" ON "AuditEvent"("incidentId", "id");

-- CreateIndex
CREATE INDEX "OutboxItem_deliveredAt_nextAttemptAt_idx" ON "OutboxItem"("deliveredAt", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxItem_incidentId_revision_key" ON "OutboxItem"("incidentId", "revision");

-- CreateIndex
CREATE INDEX "OutboxDelivery_deliveredAt_target_incidentId_revision_idx" ON "OutboxDelivery"("deliveredAt", "target", "incidentId", "revision");

-- CreateIndex
CREATE INDEX "OutboxDelivery_deliveredAt_alertedAt_createdAt_idx" ON "OutboxDelivery"("deliveredAt", "alertedAt", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxDelivery_outboxId_target_key" ON "OutboxDelivery"("outboxId", "target");

-- CreateIndex
CREATE INDEX "ReplayNonce_keepUntil_idx" ON "ReplayNonce"("keepUntil");

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "Reporter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboxDelivery" ADD CONSTRAINT "OutboxDelivery_outboxId_fkey" FOREIGN KEY ("outboxId") REFERENCES "OutboxItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

