import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError } from '../../../shared/api-schemas.ts';
import {
  dashboardOutput,
  dashboardQuery,
  deviationsOutput,
  followUpSettingsInput,
  followUpSettingsOutput,
  realisedImportOutput,
  realisedImportQuery,
  realisedOutput,
  realisedParams,
  realisedReportInput,
  realismOutput,
} from '../../../shared/followup-realised-schema.ts';
import { actorOf } from '../../auth/access.ts';
import { MAX_XLSX_BYTES } from '../../documents/routes.ts';
import { refusedWrites, sendProblem } from '../../http/errors.ts';
import { readUpload } from '../../http/upload.ts';
import { proposalParams } from '../../proposals/schema.ts';
import type { Services } from '../../services.ts';
import {
  presentDashboard,
  presentDeviations,
  presentRealised,
  presentRealism,
  presentSettings,
} from './presenter.ts';

const tags = ['follow-up'];
const reads = { 400: apiError, 401: apiError, 404: apiError };

export const realisedRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (
  app,
  { services },
) => {
  await app.register(multipart, {
    limits: { fileSize: MAX_XLSX_BYTES, files: 1, fields: 10, parts: 11 },
  });

  app.get(
    '/proposals/:id/realised',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Et bevilget forslags plan mod de realiserede tal, række for række og år for år',
        description:
          'Beløb i 1.000 kr. i planens prisniveau. Et forslag, der ikke er bevilget, svarer 400 ' +
          'med feltet `id`.',
        params: proposalParams,
        response: { 200: realisedOutput, ...reads },
      },
    },
    async (request, reply) => {
      const user = actorOf(request);
      const found = await services.realisedOf({ proposalId: request.params.id, user });
      if (!found.ok) return sendProblem(reply, found.problem);
      return presentRealised(found.value);
    },
  );

  app.put(
    '/proposals/:id/realised/:year',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Rapportér et års realiserede tal for et bevilget forslag',
        description:
          'Forslagets egen forvaltning og puljesekretariatet. Rækkerne er årets tal (rækker, der ' +
          'ikke sendes, er intet realiseret), i 1.000 kr. med højst tre decimaler, i planens ' +
          'prisniveau eller i `priceLevelYear`, som omregnes med prisindekset. `version` er ' +
          'årets rapport, som brugeren så den (null første gang); ellers 409. Et år uden for ' +
          'planen nævner `year`, en ukendt række `rows.N.row`.',
        params: realisedParams,
        body: realisedReportInput,
        response: { 200: realisedOutput, ...refusedWrites },
      },
    },
    async (request, reply) => {
      const user = actorOf(request);
      const { id: proposalId, year } = request.params;
      const done = await services.reportRealised({ proposalId, year, user, input: request.body });
      if (!done.ok) return sendProblem(reply, done.problem);
      const found = await services.realisedOf({ proposalId, user });
      return found.ok ? presentRealised(found.value) : sendProblem(reply, found.problem);
    },
  );

  app.post(
    '/followup/realised/import',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Indlæs realiserede tal fra et udtræk af økonomisystemet (.xlsx eller .csv)',
        description:
          'Send filen som multipart/form-data i feltet `file` (højst 5 MB). Kolonnerne forslag ' +
          '(kode), år, konto/række (rækkens navn i Tabel 1 eller dens nummer) og beløb (1.000 ' +
          'kr., eller kr. når overskriften siger det) findes i de første rækker. Linjer for samme ' +
          'forslag, år og række lægges sammen; de rækker, filen nævner, erstattes. Alt eller ' +
          'intet gemmes: en fejl nævner cellen (fx `C7`).',
        consumes: ['multipart/form-data'],
        querystring: realisedImportQuery,
        response: {
          200: realisedImportOutput,
          ...refusedWrites,
          413: apiError,
          415: apiError,
          503: apiError,
        },
      },
    },
    async (request, reply) => {
      const upload = await readUpload(request, MAX_XLSX_BYTES);
      if (!upload.ok) return sendProblem(reply, upload.problem);
      const done = await services.importRealised({
        user: actorOf(request),
        file: { bytes: upload.bytes, fileName: upload.fileName },
        priceLevelYear: request.query.priceLevelYear,
      });
      if (!done.ok) return sendProblem(reply, done.problem);
      return { reports: done.value };
    },
  );

  app.get(
    '/proposals/:id/realism',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Realismetjek: hvad forslagets lovede besparelser historisk bliver til',
        description:
          'Fra de bevilgede forslags realiserede mod lovede besparelser (samme forvaltning og ' +
          'type, ellers samme type, ellers alle; `proposals` er hvor mange det hviler på): de ' +
          'sandsynlige besparelser pr. år og den tilbagebetalingstid, der følger. 1.000 kr.',
        params: proposalParams,
        response: { 200: realismOutput, ...reads },
      },
    },
    async (request, reply) => {
      const found = await services.realismOf({
        proposalId: request.params.id,
        user: actorOf(request),
      });
      if (!found.ok) return sendProblem(reply, found.problem);
      return presentRealism(found.value);
    },
  );

  app.get(
    '/followup/settings',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Opfølgningens tærskel, frist og besparelsesmål',
        response: { 200: followUpSettingsOutput, 401: apiError },
      },
    },
    async () => presentSettings(await services.followUpSettings()),
  );

  app.put(
    '/followup/settings',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Sæt opfølgningens tærskel, frist og besparelsesmål',
        description:
          'Kun puljesekretariatet. `lagThresholdPercent`: hvor mange procent af de planlagte ' +
          'besparelser et forslag må mangle, før det markeres. Et års rapport skal ind senest ' +
          '`reportDueDay`/`reportDueMonth` året efter (dansk tid). Mål i 1.000 kr. pr. år, for ' +
          'porteføljen (`administration: null`) eller en forvaltning. `version` som læst (null ' +
          'første gang); ellers 409.',
        body: followUpSettingsInput,
        response: { 200: followUpSettingsOutput, ...refusedWrites },
      },
    },
    async (request, reply) => {
      const saved = await services.saveFollowUpSettings({
        user: actorOf(request),
        input: request.body,
      });
      if (!saved.ok) return sendProblem(reply, saved.problem);
      return presentSettings(saved.value);
    },
  );

  app.get(
    '/followup/dashboard',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary:
          'Lovede mod realiserede besparelser pr. år for porteføljen, pr. forvaltning og pulje',
        description:
          'Af de bevilgede forslag, du må se (`complete` er false, når det ikke er alle, eller ' +
          'når prisindekset ikke kan omregne et forslag til prisniveauet). 1.000 kr. i ' +
          '`priceLevelYear` (som standard det prisniveau, flest planer står i), omregnet ' +
          'pr. forslag og år med prisindekset. `realised` er de forslag, der har rapporteret ' +
          'året, og `plannedReported` hvad de samme forslag lovede.',
        querystring: dashboardQuery,
        response: { 200: dashboardOutput, 400: apiError, 401: apiError },
      },
    },
    async (request, reply) => {
      const found = await services.followUpDashboard({
        user: actorOf(request),
        priceLevelYear: request.query.priceLevelYear,
      });
      if (!found.ok) return sendProblem(reply, found.problem);
      return presentDashboard(found.value);
    },
  );

  app.get(
    '/followup/deviations',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary:
          'Afvigelseslisten: forslag, der halter efter planen, og rapporter, der er for sent',
        description:
          'Af de bevilgede forslag, du må se. Et forslag halter, når de realiserede besparelser ' +
          'i de rapporterede år mangler mere end tærsklen af de planlagte; en rapport er for ' +
          'sent dagen efter fristen, dansk tid.',
        response: { 200: deviationsOutput, 401: apiError },
      },
    },
    async (request) => presentDeviations(await services.deviationList({ user: actorOf(request) })),
  );
};
