-- When a send of an outbound message was started with its outcome unknown (a provider call that timed out, or
-- a process that died during it): the next sender asks the provider first instead of sending it twice.
ALTER TABLE "OutboundMessage" ADD COLUMN "attemptStartedAt" DATETIME;
