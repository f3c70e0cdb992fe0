// Types for the deep import of twitter-text's parseTweet (the CommonJS build, without the rest of the library).
declare module 'twitter-text/dist/parseTweet' {
  import type { ParsedTweet } from 'twitter-text';
  const parseTweet: (text: string) => ParsedTweet;
  export default parseTweet;
}
