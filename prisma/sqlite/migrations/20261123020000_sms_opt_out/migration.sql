-- AlterTable: SMS opt-out (STOP / START) per reporter
ALTER TABLE "Reporter" ADD COLUMN "optedOut" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Reporter" ADD COLUMN "optedOutAt" DATETIME;
