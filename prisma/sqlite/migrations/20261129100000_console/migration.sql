-- CreateTable
CREATE TABLE "IncidentDispatch" (
    "incidentId" TEXT NOT NULL PRIMARY KEY,
    "takenOverBy" TEXT,
    "takenOverAt" DATETIME,
    "category" TEXT,
    "priority" TEXT,
    "decisionReason" TEXT,
    "decisionBy" TEXT,
    "decisionAt" DATETIME,
    "flags" TEXT NOT NULL DEFAULT '[]',
    "clusterManual" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "IncidentNote" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "incidentId" TEXT NOT NULL,
    "author" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "at" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ConsoleUser" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "username" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ConsoleSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "csrfToken" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "lastSeenAt" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ConsoleLockout" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "failures" INTEGER NOT NULL,
    "windowStart" DATETIME NOT NULL,
    "lockedUntil" DATETIME
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
