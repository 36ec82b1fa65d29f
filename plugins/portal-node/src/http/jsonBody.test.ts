import { MiddlewareFactory } from '@backstage/backend-defaults/rootHttpRouter';
import { mockServices } from '@backstage/backend-test-utils';
import express from 'express';
import request from 'supertest';
import { jsonBody } from './jsonBody';

function app() {
  const router = express();
  router.post('/echo', jsonBody('1kb'), (req, res) => {
    res.json({ received: req.body });
  });
  const middleware = MiddlewareFactory.create({
    config: mockServices.rootConfig(),
    logger: mockServices.logger.mock(),
  });
  router.use(middleware.error());
  return router;
}

describe('jsonBody', () => {
  it('hands the route the parsed body', async () => {
    const response = await request(app())
      .post('/echo')
      .send({ reason: 'maintenance' });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ received: { reason: 'maintenance' } });
  });

  it('answers 400 saying the body is not JSON', async () => {
    const response = await request(app())
      .post('/echo')
      .set('content-type', 'application/json')
      .send('{"reason": ');
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({
      name: 'InputError',
      message: 'The request body is not valid JSON',
    });
  });

  it('keeps a body over the limit a 413', async () => {
    const response = await request(app())
      .post('/echo')
      .send({ reason: 'x'.repeat(2048) });
    expect(response.status).toBe(413);
  });

  it('leaves a body that is not JSON by its type to the route', async () => {
    const response = await request(app())
      .post('/echo')
      .set('content-type', 'text/plain')
      .send('hello');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ received: {} });
  });
});
