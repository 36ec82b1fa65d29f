import { mockServices } from '@backstage/backend-test-utils';
import { quietOctokitLog } from './quietOctokitLog';

describe('quietOctokitLog', () => {
  it("passes on Octokit's warnings and nothing else", () => {
    const logger = mockServices.logger.mock();
    const log = quietOctokitLog(logger);

    log.debug('GET /repos/localplus/docs {"headers":{"authorization":"x"}}');
    log.info('GET /repos/localplus/docs - 200 in 12ms');
    log.error('GET /repos/localplus/docs - 404 in 12ms');
    log.warn('"GET /teams/1" is deprecated');

    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn).toHaveBeenCalledWith('"GET /teams/1" is deprecated');
    expect(logger.debug).not.toHaveBeenCalled();
    expect(logger.info).not.toHaveBeenCalled();
    expect(logger.error).not.toHaveBeenCalled();
  });
});
