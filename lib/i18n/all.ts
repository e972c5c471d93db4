// Both languages' texts, loaded at once: import this module for its effect where texts are needed synchronously in
// either language (the service worker, the CLI, the pages that switch language live, tests). The popup does not: it
// awaits loadLocale() for the one language it shows, so it never parses the other (issue 12, "a popup that paints").
import { registerLocale } from './index';
import { texts as en } from './locale-en';
import { texts as zhCN } from './locale-zh-CN';

registerLocale('zh-CN', zhCN);
registerLocale('en', en);
