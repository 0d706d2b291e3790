-- AlterTable
ALTER TABLE "InboundMessage" ADD COLUMN "replyDeferred" BOOLEAN NOT NULL DEFAULT false;
