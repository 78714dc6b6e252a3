import { queryOptions, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Center } from '../../api/client';

export const centersQuery = queryOptions({
  queryKey: ['centers'],
  queryFn: async () => (await unwrap(api.GET('/api/v1/centers'))).items,
  staleTime: 5 * 60_000,
});

export const centerSummaryQuery = (id: string) =>
  queryOptions({
    queryKey: ['centers', id, 'summary'],
    queryFn: () => unwrap(api.GET('/api/v1/centers/{id}/summary', { params: { path: { id } } })),
  });

export const clustersQuery = queryOptions({
  queryKey: ['clusters'],
  queryFn: async () => (await unwrap(api.GET('/api/v1/clusters'))).items,
  staleTime: 5 * 60_000,
});

/** A center's name in the current language. */
export function useCenterName() {
  const { i18n } = useTranslation();
  return (c: Pick<Center, 'name' | 'nameEn'>) => (i18n.language === 'en' ? c.nameEn : c.name);
}

/** A center's short name in the current language (인천센터 / Incheon Center), by id; the API's name otherwise. */
export function useCenterLabel() {
  const { i18n } = useTranslation();
  const centers = useQuery(centersQuery);
  const en = i18n.language === 'en';
  return (id: string | null | undefined, fallback: string | null | undefined): string => {
    const c = id ? centers.data?.find((x) => x.id === id) : undefined;
    if (!c) return fallback ?? '';
    return en ? shortEn(c) : c.shortName;
  };
}

const shortEn = (c: Center) => c.nameEn.replace(/ for Creative Economy & Innovation$/, '');

/** Centers as options for a select, by short name. */
export function useCenterOptions(filter?: (c: Center) => boolean) {
  const { i18n } = useTranslation();
  const centers = useQuery(centersQuery);
  return (centers.data ?? [])
    .filter((c) => !filter || filter(c))
    .map((c) => ({ value: c.id, label: i18n.language === 'en' ? shortEn(c) : c.shortName }));
}
