// natural's package entry loads every module it has (databases included) and prints dotenv banners;
// we import the Porter stemmer file alone, which has no typings of its own.
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: { stem(token: string): string };
  export default PorterStemmer;
}
