-- Indexes for a database with many stored incidents (bench: with 100,000 incidents every new report scanned
-- the Incident table for the per-sender limit): new reports per sender, the reports that followed one, and
-- delivery receipts by the provider's message id.
CREATE INDEX "Incident_channel_sender_createdAt_idx" ON "Incident"("channel", "sender", "createdAt");
CREATE INDEX "Incident_previousId_idx" ON "Incident"("previousId");
CREATE INDEX "OutboundMessage_channel_providerMessageId_idx" ON "OutboundMessage"("channel", "providerMessageId");
