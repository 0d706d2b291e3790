/**
 * Replies to an inbound SMS as TwiML: one <Message> per reply text, in order; an empty <Response/> when
 * there is nothing to say (Twilio then sends nothing). The texts come from the core and already fit one
 * segment each; they are transported as they are.
 */
import twilio from 'twilio';

export function twimlReply(replies: readonly string[]): string {
  const response = new twilio.twiml.MessagingResponse();
  for (const text of replies) if (text.trim() !== '') response.message(text);
  return response.toString();
}
