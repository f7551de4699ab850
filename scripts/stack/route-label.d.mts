export function routeLabel(url: string): string;
