-- A dispatch delivery not sent because a later "updated" revision of the same incident, for the same target,
-- carries everything it had (every revision is a whole snapshot): the revision that superseded it.
ALTER TABLE "OutboxDelivery" ADD COLUMN "supersededBy" INTEGER;
