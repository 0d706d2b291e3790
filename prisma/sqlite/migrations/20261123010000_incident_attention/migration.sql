-- AlterTable
ALTER TABLE "Incident" ADD COLUMN "attention" TEXT;
