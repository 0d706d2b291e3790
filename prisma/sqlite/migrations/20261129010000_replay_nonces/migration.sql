-- CreateTable
CREATE TABLE "ReplayNonce" (
    "channel" TEXT NOT NULL,
    "timestamp" TEXT NOT NULL,
    "nonce" TEXT NOT NULL,
    "bodyKey" TEXT NOT NULL,
    "seenAt" DATETIME NOT NULL,
    "keepUntil" DATETIME NOT NULL,

    PRIMARY KEY ("channel", "timestamp", "nonce")
);

-- CreateIndex
CREATE INDEX "ReplayNonce_keepUntil_idx" ON "ReplayNonce"("keepUntil");

