-- The owner of an outbound message's send claim (a lease only its owner releases), and the index that finds each
-- reporter's oldest unsent message.
ALTER TABLE "OutboundMessage" ADD COLUMN "claimedBy" TEXT;
CREATE INDEX "OutboundMessage_channel_to_status_idx" ON "OutboundMessage"("channel", "to", "status");
