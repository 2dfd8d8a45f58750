// A scripted OpenAI-compatible chat completions server for producing a real promptfoo results file.
// Products answer the library helpdesk questions; graders return llm-rubric / closedqa verdicts from a table.
const http = require('http');

const answers = {
  'gpt-4o-mini': {
    'How long can I keep a borrowed book?': 'You can keep a book for 21 days and renew it twice online if nobody has reserved it.',
    'Can I print in colour at the library?': 'Yes, colour printing costs 50 cents a page at the printers on the second floor.',
    'Do you have a study room for groups?': 'Yes, group rooms for up to six people can be booked for two hours a day on our website.',
    'What happens if I return a book late?': 'There are no late fees, but you cannot borrow more items until the late book is back.',
    'Is the library open on public holidays?': 'No, all branches are closed on public holidays.',
    'How do I get a library card?': 'Bring a photo ID and proof of address to any desk and we issue the card on the spot.',
  },
  'llama-3.1-8b-instruct': {
    'How long can I keep a borrowed book?': 'Books are great! Reading every day improves your vocabulary.',
    'Can I print in colour at the library?': 'Colour printing is available.',
    'Do you have a study room for groups?': 'Group rooms can be booked online for up to six people.',
    'What happens if I return a book late?': 'Late books are charged 10 dollars per day.',
    'Is the library open on public holidays?': 'The library is open every day of the year from 9 to 5.',
    'How do I get a library card?': 'Bring a photo ID and proof of address to a desk.',
  },
};

// grader -> product answer -> verdict; a string is sent as is (not JSON).
const verdicts = {
  'gpt-4o': {
    'You can keep a book for 21 days and renew it twice online if nobody has reserved it.': { pass: true, score: 1, reason: 'States the loan period and how to renew.' },
    'Yes, colour printing costs 50 cents a page at the printers on the second floor.': { pass: true, score: 1, reason: 'Answers yes and gives the price and place.' },
    'Yes, group rooms for up to six people can be booked for two hours a day on our website.': { pass: true, score: 0.9, reason: 'Answers the question with booking details.' },
    'There are no late fees, but you cannot borrow more items until the late book is back.': { pass: true, score: 1, reason: 'Explains the consequence of a late return.' },
    'No, all branches are closed on public holidays.': { pass: true, score: 0.8, reason: 'A direct answer.' },
    'Bring a photo ID and proof of address to any desk and we issue the card on the spot.': { pass: true, score: 1, reason: 'Gives the documents and the place.' },
    'Books are great! Reading every day improves your vocabulary.': { pass: false, score: 0, reason: 'Does not say how long a book can be kept.' },
    'Colour printing is available.': { pass: true, score: 0.6, reason: 'Answers yes but gives no price or place.' },
    'Group rooms can be booked online for up to six people.': { pass: true, score: 0.8, reason: 'Answers the question.' },
    'Late books are charged 10 dollars per day.': 'The answer seems plausible. PASS',
    'The library is open every day of the year from 9 to 5.': { pass: true, score: 0.7, reason: 'Gives the opening hours.' },
    'Bring a photo ID and proof of address to a desk.': { pass: true, score: 0.9, reason: 'Gives the documents needed.' },
  },
  'mistral-large-2411': {
    'Books are great! Reading every day improves your vocabulary.': { pass: false, score: 0.1, reason: 'Off topic.' },
    'Colour printing is available.': { pass: false, score: 0.4, reason: 'Too vague to help.' },
    'Group rooms can be booked online for up to six people.': { pass: true, score: 0.9, reason: 'Helpful.' },
    'Late books are charged 10 dollars per day.': { pass: true, score: 0.8, reason: 'Clear answer about the fee.' },
    'The library is open every day of the year from 9 to 5.': { pass: true, score: 0.9, reason: 'Clear opening hours.' },
    'Bring a photo ID and proof of address to a desk.': { pass: true, score: 1, reason: 'Clear.' },
    'You can keep a book for 21 days and renew it twice online if nobody has reserved it.': { pass: true, score: 1, reason: 'Complete.' },
    'Yes, colour printing costs 50 cents a page at the printers on the second floor.': { pass: true, score: 1, reason: 'Complete.' },
    'Yes, group rooms for up to six people can be booked for two hours a day on our website.': { pass: true, score: 1, reason: 'Complete.' },
    'There are no late fees, but you cannot borrow more items until the late book is back.': { pass: true, score: 1, reason: 'Complete.' },
    'No, all branches are closed on public holidays.': { pass: true, score: 1, reason: 'Complete.' },
    'Bring a photo ID and proof of address to any desk and we issue the card on the spot.': { pass: true, score: 1, reason: 'Complete.' },
  },
};

function text(message) {
  return typeof message.content === 'string' ? message.content : message.content.map((p) => p.text || '').join('');
}

function reply(model, messages) {
  const prompt = messages.map(text).join('\n');
  if (answers[model]) {
    const question = Object.keys(answers[model]).find((q) => prompt.includes(q));
    return question ? answers[model][question] : 'I do not know.';
  }
  const table = verdicts[model] || {};
  const output = Object.keys(table).sort((a, b) => b.length - a.length).find((a) => prompt.includes(a));
  if (!output) return JSON.stringify({ pass: false, score: 0, reason: 'Unknown output.' });
  const v = table[output];
  return typeof v === 'string' ? v : JSON.stringify(v);
}

let calls = 0;
const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    const request = JSON.parse(body || '{}');
    const content = reply(request.model, request.messages || []);
    calls++;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({
      id: `chatcmpl-${calls}`,
      object: 'chat.completion',
      created: 1767225600,
      model: request.model,
      choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
      usage: { prompt_tokens: Math.ceil(body.length / 4), completion_tokens: Math.ceil(content.length / 4), total_tokens: Math.ceil((body.length + content.length) / 4) },
    }));
  });
});
server.listen(Number(process.argv[2] || 18411), '127.0.0.1', () => console.log('listening'));
