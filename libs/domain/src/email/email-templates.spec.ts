import { renderEmail } from './email-templates';

describe('renderEmail', () => {
  it('renders the same content as plain text and HTML, with the link clickable', () => {
    const email = renderEmail('sign-in-link', { firstName: 'Lars', eventName: 'Wind Day', link: 'http://x.test/sign-in?token=abc', validHours: 24 });
    expect(email.subject).toBe('Your sign-in link for Wind Day');
    expect(email.text).toContain('Hello Lars,');
    expect(email.text).toContain('http://x.test/sign-in?token=abc');
    expect(email.html).toContain('<a href="http://x.test/sign-in?token=abc">');
  });

  it('escapes what participants or organisers typed in the HTML part', () => {
    const email = renderEmail('profile-rejected', { firstName: '<b>Eve</b>', eventName: 'Day', reason: '<script>alert(1)</script>' });
    expect(email.html).not.toContain('<script>');
    expect(email.html).toContain('&lt;script&gt;');
    expect(email.text).toContain('<script>alert(1)</script>');
  });
});
