-- CreateTable
CREATE TABLE "IncidentDispatch" (
    "incidentId" TEXT NOT NULL,
    "takenOverBy" TEXT,
    "takenOverAt" TIMESTAMP(3),
    "category" TEXT,
    "priority" TEXT,
    "decisionReason" TEXT,
    "decisionBy" TEXT,
    "decisionAt" TIMESTAMP(3),
    "flags" TEXT NOT NULL DEFAULT '[]',
    "clusterManual" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IncidentDispatch_pkey" PRIMARY KEY ("incidentId")
);

-- CreateTable
CREATE TABLE "IncidentNote" (
    "id" SERIAL NOT NULL,
    "incidentId" TEXT NOT NULL,
    "author" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IncidentNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsoleUser" (
    "id" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConsoleUser_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsoleSession" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "csrfToken" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConsoleSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsoleLockout" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "lockedUntil" TIMESTAMP(3),

    CONSTRAINT "ConsoleLockout_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "Incident_category_createdAt_idx" ON "Incident"("category", "createdAt");

-- CreateIndex
CREATE INDEX "Incident_clusterId_idx" ON "Incident"("clusterId");

-- CreateIndex
CREATE INDEX "IncidentNote_incidentId_id_idx" ON "IncidentNote"("incidentId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ConsoleUser_username_key" ON "ConsoleUser"("username");

-- CreateIndex
CREATE INDEX "ConsoleSession_userId_idx" ON "ConsoleSession"("userId");

-- CreateIndex
CREATE INDEX "ConsoleSession_expiresAt_idx" ON "ConsoleSession"("expiresAt");
