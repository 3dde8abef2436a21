// A loopback SMTP sink for the browser tests: it accepts every message (220/250/354/221, no
// authentication) and keeps the recipients, so `steward serve` under test really delivers mail
// and the mail delivery list shows "Sent". Messages are counted, never stored on disk.
import { createServer } from 'node:net';

export async function startSmtpSink() {
  const recipients = [];
  const server = createServer((socket) => {
    let inData = false;
    let buffered = '';
    socket.setEncoding('utf8');
    socket.write('220 steward-e2e ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffered += chunk;
      let newline;
      while ((newline = buffered.indexOf('\r\n')) >= 0) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 2);
        if (inData) {
          if (line === '.') { inData = false; socket.write('250 OK queued\r\n'); }
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') socket.write('250 steward-e2e\r\n');
        else if (verb === 'RCPT') { recipients.push(/<([^>]*)>/.exec(line)?.[1] ?? ''); socket.write('250 OK\r\n'); }
        else if (verb === 'DATA') { inData = true; socket.write('354 End with .\r\n'); }
        else if (verb === 'QUIT') { socket.end('221 Bye\r\n'); }
        else socket.write('250 OK\r\n');  // MAIL, RSET, NOOP
      }
    });
    socket.on('error', () => {});
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${server.address().port}`,
    recipients,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
