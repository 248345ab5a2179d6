/** The typed HTTP client of the sync server (docs/http-api.md): one per signed-in device. */
export {
  HttpClient,
  type HttpClientOptions,
  type FetchLike,
  type TokenSource,
  type AnswerClock,
} from './http-client';
export { ApiCallError, apiErrorOf, type ApiError, type ApiResult } from './errors';
export { signIn } from './sign-in';
