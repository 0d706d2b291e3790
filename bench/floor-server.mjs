// The HTTP floor: a bare Express handler answering the SMS webhook with a fixed TwiML, in its own process.
// It reads the body as the gateway does (express.text on the form) and does nothing else: no signature
// check, no storage. What the gateway does beyond this is the cost of the work. PORT from the environment;
// prints "listening" when ready.
import express from 'express';

const app = express();
const twiml = '<?xml version="1.0" encoding="UTF-8"?><Response><Message>110: received.</Message></Response>';
app.post(
  '/channels/twilio/sms',
  express.text({ type: 'application/x-www-form-urlencoded', limit: '32kb' }),
  (_req, res) => {
    res.status(200).type('text/xml').send(twiml);
  },
);
const server = app.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('listening\n'));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
