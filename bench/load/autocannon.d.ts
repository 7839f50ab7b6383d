// autocannon ships no types; these are the parts of its API the load test uses (autocannon 8 README).
declare module 'autocannon' {
  type Request = {
    method?: string;
    path: string;
    onResponse?: (status: number, body: string) => void;
  };
  type Options = {
    url: string;
    connections?: number;
    duration?: number;
    /** Seconds before a request counts as timed out. */
    timeout?: number;
    requests?: Request[];
    setupClient?: (client: Client) => void;
  };
  type Client = {
    on(event: 'timeout', listener: () => void): void;
    requestIterator?: { currentRequest?: { path?: string } };
  };
  type Result = {
    requests: { total: number; average: number };
    errors: number;
    timeouts: number;
    non2xx: number;
  };
  type Instance = Promise<Result> & {
    on(event: 'response', listener: (client: unknown, status: number, bytes: number, responseTime: number) => void): Instance;
    stop(): void;
  };
  function autocannon(options: Options): Instance;
  export default autocannon;
}
